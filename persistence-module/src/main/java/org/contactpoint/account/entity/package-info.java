/**
 * Accounts of users and partner systems: roles, authority, secrets (hashed or encrypted), prerequisites, status.
 */
package org.contactpoint.account.entity;
