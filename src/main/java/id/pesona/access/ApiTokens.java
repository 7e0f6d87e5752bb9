package id.pesona.access;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for {@code Authorization: Bearer ...}. A token acts as its owner, with the same role and scope;
 * only its SHA-256 hash is stored, and it is shown once.
 */
@Service
public class ApiTokens {

    public record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt) {}

    private final JdbcClient jdbc;
    private final UserStore users;
    private final AccountDetailsService details;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, UserStore users, AccountDetailsService details, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.details = details;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a token for the signed-in user and returns it in clear, once. */
    @Transactional
    public String create(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 80) {
            throw new InvalidInputException("name", "token.error.name");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "psn_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var me = CurrentUser.require();
        jdbc.sql("insert into api_token (user_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(me.userId(), n, hash(token), UserStore.utc(clock.instant()))
                .update();
        audit.record(AuditAction.CREATE, "API_TOKEN", n, null, "Token API dibuat: " + n, null, Map.of("nama", n));
        return token;
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> mine() {
        return jdbc.sql("""
                        select id, name, created_at, last_used_at from api_token
                        where user_id = ? and revoked_at is null order by id
                        """)
                .param(CurrentUser.require().userId())
                .query((rs, i) -> new TokenInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        UserStore.instant(rs.getObject("created_at", OffsetDateTime.class)),
                        UserStore.instant(rs.getObject("last_used_at", OffsetDateTime.class))))
                .list();
    }

    @Transactional
    public void revoke(long id) {
        var me = CurrentUser.require();
        int n = jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(UserStore.utc(clock.instant()), id, me.userId())
                .update();
        if (n == 0) {
            boolean othersToken = jdbc.sql("select count(*) from api_token where id = ? and user_id <> ?")
                            .params(id, me.userId())
                            .query(Long.class)
                            .single()
                    > 0;
            if (othersToken) {
                throw new org.springframework.security.access.AccessDeniedException("Token " + id + " milik akun lain");
            }
            throw new NotFoundException("Token " + id);
        }
        audit.record(
                AuditAction.DELETE, "API_TOKEN", String.valueOf(id), null, "Token API dicabut", Map.of("id", id), null);
    }

    /** The user a token belongs to, if the token is valid and its user may sign in. */
    @Transactional
    Optional<PesonaUserDetails> authenticate(String token) {
        Optional<Long> userId = jdbc.sql("select user_id from api_token where token_hash = ? and revoked_at is null")
                .param(hash(token))
                .query(Long.class)
                .optional();
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("update api_token set last_used_at = ? where token_hash = ?")
                .params(UserStore.utc(clock.instant()), hash(token))
                .update();
        return users.byId(userId.get()).map(details::details).filter(d -> d.isEnabled() && d.isAccountNonLocked());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
