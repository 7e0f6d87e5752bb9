/** The home page of each role: what the signed-in user looks after, and where to go next. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package id.pesona.home;
