/** Documents every feature produces: spreadsheets ({@code .xlsx}) today, PDF letters and reports later. */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package id.pesona.document;
