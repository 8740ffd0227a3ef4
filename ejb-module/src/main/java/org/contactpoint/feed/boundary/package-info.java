/**
 * Feed entry points; for now the demo-data loader used on a first start.
 */
package org.contactpoint.feed.boundary;
