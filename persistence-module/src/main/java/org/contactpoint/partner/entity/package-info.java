/** What ContactPoint keeps about partner systems' calls: the answers to idempotent writes. */
package org.contactpoint.partner.entity;
