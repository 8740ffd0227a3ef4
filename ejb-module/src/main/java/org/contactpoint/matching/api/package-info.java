/** The review queue of uncertain matches, and merging and unmerging records of one child. */
package org.contactpoint.matching.api;
