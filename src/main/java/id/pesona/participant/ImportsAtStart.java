package id.pesona.participant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An import interrupted by a crash or restart never stays "sedang diproses": at start it is closed as GAGAL with the
 * counters of the rows it really saved, and its uploaded copy is removed.
 */
@Component
@Order(10)
class ImportsAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportsAtStart.class);

    private final ParticipantImports imports;

    ImportsAtStart(ParticipantImports imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        int closed = imports.recoverInterrupted();
        if (closed > 0) {
            log.warn("{} impor peserta yang terhenti karena server dimulai ulang ditutup sebagai GAGAL", closed);
        }
    }
}
