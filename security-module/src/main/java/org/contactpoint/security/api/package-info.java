/**
 * What other modules may use of security-module: permission strings now; the permission checker, login mechanism
 * and identity store arrive with the Secure access issue (ARCHITECTURE.md §5: authorisation by Shiro permissions,
 * authentication by Jakarta Security).
 */
package org.contactpoint.security.api;
