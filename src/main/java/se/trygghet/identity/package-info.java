/**
 * Who may do what: users and their roles, committee bindings for reporters, sign-in (local accounts with lockout,
 * optional OpenID Connect), the HTTP authorisation rules every module contributes, and the audit log that records
 * every change in the system.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.identity;
