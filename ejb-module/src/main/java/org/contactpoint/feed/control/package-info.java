/**
 * Feed parsing and the interim exact-identifier linker (matching arrives with the National-scale issue).
 */
package org.contactpoint.feed.control;
