/**
 * BPJS cards: received from the branch office and handed to the workers, one by one or in a bulk hand-over with a
 * printable Berita Acara Serah Terima.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cards")
package id.pesona.card;
