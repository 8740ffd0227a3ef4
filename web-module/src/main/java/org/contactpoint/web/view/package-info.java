/**
 * Backing beans of the portal and console pages; views mirror URLs (STYLE.md §9).
 */
package org.contactpoint.web.view;
