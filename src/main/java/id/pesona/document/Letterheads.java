package id.pesona.document;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Letterhead;
import id.pesona.shared.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letterhead, logo and signatory of letters, effective-dated: each save is a new row valid from a date, never an
 * edit, so a letter reprinted later carries the letterhead in force on its own date. Without a row in force the
 * configuration ({@code pesona.letterhead.*}) is the letterhead.
 */
@Service
public class Letterheads {

    /** The largest logo accepted: a letterhead logo is a small emblem, not a photograph. */
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    static final int MAX_LOGO_PIXELS = 4_000;

    /** An uploaded or stored logo: PNG or JPEG bytes. */
    public record Logo(String contentType, byte[] bytes) {

        /** The logo as the PDF renderer embeds it. */
        public String dataUri() {
            return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }
    }

    /** One saved row: the letterhead and who saved it when. */
    public record Version(
            long id,
            LocalDate validFrom,
            Letterhead letterhead,
            boolean hasLogo,
            String createdBy,
            OffsetDateTime at) {}

    private record Row(Version version, Logo logo) {}

    private final JdbcClient jdbc;
    private final Letterhead configured;
    private final AuditTrail audit;
    private final Clock clock;

    Letterheads(JdbcClient jdbc, Letterhead configured, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.configured = configured;
        this.audit = audit;
        this.clock = clock;
    }

    /** The letterhead in force on a letter's date: the latest row valid from that day or before, else configuration. */
    @Transactional(readOnly = true)
    public Letterhead inForce(LocalDate date) {
        return row(date).map(r -> r.version().letterhead()).orElse(configured);
    }

    /** The row in force on a date, if any (null when the configuration is in force). */
    @Transactional(readOnly = true)
    public Optional<Version> versionOn(LocalDate date) {
        return row(date).map(Row::version);
    }

    /** Every saved row, the newest first. */
    @Transactional(readOnly = true)
    public List<Version> versions() {
        return jdbc.sql("select * from letterhead order by valid_from desc, id desc")
                .query((rs, n) -> map(rs).version())
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Logo> logo(long id) {
        return jdbc.sql("select logo_type, logo from letterhead where id = ? and logo is not null")
                .param(id)
                .query((rs, n) -> new Logo(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    private Optional<Row> row(LocalDate date) {
        return jdbc.sql("select * from letterhead where valid_from <= ? order by valid_from desc, id desc"
                        + " fetch first 1 rows only")
                .param(date)
                .query((rs, n) -> map(rs))
                .optional();
    }

    private static Row map(ResultSet rs) throws SQLException {
        byte[] bytes = rs.getBytes("logo");
        Logo logo = bytes == null ? null : new Logo(rs.getString("logo_type"), bytes);
        Letterhead l = new Letterhead(
                rs.getString("government"),
                rs.getString("agency"),
                rs.getString("address"),
                nullToEmpty(rs.getString("contact")),
                rs.getString("city"),
                rs.getString("signer_title"),
                rs.getString("signer_name"),
                rs.getString("signer_nip"),
                nullToEmpty(rs.getString("signer_rank")),
                logo == null ? "" : logo.dataUri());
        return new Row(
                new Version(
                        rs.getLong("id"),
                        rs.getObject("valid_from", LocalDate.class),
                        l,
                        logo != null,
                        rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class)),
                logo);
    }

    /** Every problem of a draft at once, each naming its field (empty: the draft can be saved). */
    public List<InvalidInputException> problems(LetterheadForm f, Logo upload) {
        List<InvalidInputException> out = new ArrayList<>();
        text(out, "government", f.getGovernment(), true, 150);
        text(out, "agency", f.getAgency(), true, 150);
        text(out, "address", f.getAddress(), true, 300);
        text(out, "contact", f.getContact(), false, 200);
        text(out, "city", f.getCity(), true, 60);
        text(out, "signerName", f.getSignerName(), true, 120);
        text(out, "signerTitle", f.getSignerTitle(), true, 150);
        text(out, "signerRank", f.getSignerRank(), false, 100);
        if (!validNip(digits(f.getSignerNip()))) {
            out.add(new InvalidInputException("signerNip", "letterhead.error.nip"));
        }
        LocalDate today = LocalDate.now(clock);
        try {
            LocalDate from = validFrom(f.getValidFrom());
            if (from.isBefore(today)) {
                out.add(new InvalidInputException("validFrom", "letterhead.error.validFromPast"));
            } else if (from.isAfter(today.plusYears(1))) {
                out.add(new InvalidInputException("validFrom", "letterhead.error.validFromFar"));
            }
        } catch (DateTimeParseException e) {
            out.add(new InvalidInputException("validFrom", "letterhead.error.validFrom"));
        }
        if (upload != null) {
            logoProblem(upload)
                    .ifPresent(key ->
                            out.add(new InvalidInputException("logo", key, MAX_LOGO_BYTES / 1024, MAX_LOGO_PIXELS)));
        }
        return out;
    }

    /**
     * Saves a new letterhead row valid from the draft's date. Without an upload the logo of the row in force on that
     * date is kept, unless the admin removes it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long save(LetterheadForm f, Logo upload) {
        List<InvalidInputException> problems = problems(f, upload);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        LocalDate from = validFrom(f.getValidFrom());
        Optional<Row> before = row(from);
        Logo logo = upload != null
                ? upload
                : f.isRemoveLogo() ? null : before.map(Row::logo).orElse(null);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into letterhead (valid_from, government, agency, address, contact, city, signer_name,
                            signer_title, signer_nip, signer_rank, logo, logo_type, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        from,
                        f.getGovernment().strip(),
                        f.getAgency().strip(),
                        f.getAddress().strip(),
                        blankToNull(f.getContact()),
                        f.getCity().strip(),
                        f.getSignerName().strip(),
                        f.getSignerTitle().strip(),
                        digits(f.getSignerNip()),
                        blankToNull(f.getSignerRank()),
                        logo == null ? null : logo.bytes(),
                        logo == null ? null : logo.contentType(),
                        CurrentUser.actorName(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        Row saved = row(from).orElseThrow();
        audit.record(
                AuditAction.CREATE,
                "LETTERHEAD",
                String.valueOf(id),
                null,
                "Kop surat dan penanda tangan berlaku mulai " + from + ": "
                        + saved.version().letterhead().signerName(),
                snapshot(before.map(r -> r.version().letterhead()).orElse(configured), before.map(Row::logo)),
                snapshot(saved.version().letterhead(), Optional.ofNullable(saved.logo())));
        return id;
    }

    static LocalDate validFrom(String typed, LocalDate today) {
        return typed == null || typed.isBlank() ? today : LocalDate.parse(typed.strip());
    }

    private LocalDate validFrom(String typed) {
        return Limits.date("validFrom", validFrom(typed, LocalDate.now(clock)), clock);
    }

    /**
     * A NIP (Nomor Induk Pegawai, PP 11/2017): 18 digits, the birth date (yyyyMMdd), the month of appointment (yyyyMM),
     * the sex (1 man, 2 woman) and a serial that is not 000.
     */
    static boolean validNip(String nip) {
        if (nip == null || !nip.matches("\\d{18}")) {
            return false;
        }
        try {
            LocalDate birth =
                    LocalDate.parse(nip.substring(0, 4) + "-" + nip.substring(4, 6) + "-" + nip.substring(6, 8));
            int year = Integer.parseInt(nip.substring(8, 12));
            int month = Integer.parseInt(nip.substring(12, 14));
            return birth.getYear() >= 1930
                    && month >= 1
                    && month <= 12
                    && year >= birth.getYear() + 15
                    && year <= birth.getYear() + 70
                    && (nip.charAt(14) == '1' || nip.charAt(14) == '2')
                    && !nip.endsWith("000");
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The message key of what is wrong with an uploaded logo, if anything. */
    static Optional<String> logoProblem(Logo logo) {
        byte[] b = logo.bytes();
        if (b.length == 0) {
            return Optional.of("letterhead.error.logoType");
        }
        if (b.length > MAX_LOGO_BYTES) {
            return Optional.of("letterhead.error.logoSize");
        }
        String real = sniff(b);
        if (real == null || !real.equals(logo.contentType())) {
            return Optional.of("letterhead.error.logoType");
        }
        // the size from the header first, so a small file claiming a huge picture is never decoded
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.of("letterhead.error.logoBroken");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 16 || h < 16 || w > MAX_LOGO_PIXELS || h > MAX_LOGO_PIXELS) {
                    return Optional.of("letterhead.error.logoPixels");
                }
                if (reader.read(0) == null) {
                    return Optional.of("letterhead.error.logoBroken");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("letterhead.error.logoBroken");
        }
        return Optional.empty();
    }

    /** The content type a file's bytes really have, PNG or JPEG (the browser's claim is not trusted), or null. */
    public static String sniff(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    private static void text(List<InvalidInputException> out, String field, String value, boolean required, int max) {
        String v = value == null ? "" : value.strip();
        var label = new DefaultMessageSourceResolvable("letterhead.field." + field);
        if (required && v.isEmpty()) {
            out.add(new InvalidInputException(field, "letterhead.error.required", label));
        } else if (v.length() > max || v.chars().anyMatch(c -> c < 0x20)) {
            out.add(new InvalidInputException(field, "letterhead.error.tooLong", label, max));
        }
    }

    private static String digits(String nip) {
        return nip == null ? "" : nip.replaceAll("[\\s.]", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Object> snapshot(Letterhead l, Optional<Logo> logo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pemerintah", l.government());
        m.put("dinas", l.agency());
        m.put("alamat", l.address());
        m.put("kontak", l.contact());
        m.put("tempat", l.city());
        m.put("nama", l.signerName());
        m.put("jabatan", l.signerTitle());
        m.put("nip", l.signerNip());
        m.put("pangkat", l.signerRank());
        m.put("logo", logo.map(Letterheads::describe).orElse("-"));
        return m;
    }

    private static String describe(Logo logo) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(logo.bytes());
            return logo.contentType() + ", " + logo.bytes().length + " byte, sha256 "
                    + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
