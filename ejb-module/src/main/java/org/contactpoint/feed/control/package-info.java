/**
 * Feed parsing, the interim exact-identifier linker (matching arrives with the National-scale issue) and the demo-data loader.
 */
package org.contactpoint.feed.control;
