/**
 * Accounts, roles and region scope: form login with lock-out, API tokens, password change, the admin's user
 * management, the first admin (configuration or one-time setup page) and the demo accounts of the demo profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package id.pesona.access;
