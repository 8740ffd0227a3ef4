/**
 * Shielding requests and the management team's decisions; a request shields the record provisionally.
 */
package org.contactpoint.shielding.entity;
