/** Identity matching's stored state: the review queue of uncertain matches. */
package org.contactpoint.matching.entity;
