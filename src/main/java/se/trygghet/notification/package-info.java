/**
 * E-mail notices: sent over SMTP when a server is configured (spring.mail.host), and always kept in an outbox that
 * admins can read, so nothing is lost when there is no mail server.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.notification;
