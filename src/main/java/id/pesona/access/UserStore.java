package id.pesona.access;

import id.pesona.shared.Like;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import id.pesona.shared.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the app_user table. */
@Repository
class UserStore {

    record Stored(UserAccount account, String passwordHash) {}

    private static final String COLUMNS = """
            id, username, password_hash, full_name, role, scope_code, enabled, failed_attempts, locked_until,
            last_login_at, created_at
            """;

    private static final RowMapper<Stored> ROW = (rs, n) -> new Stored(
            new UserAccount(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("full_name"),
                    Role.valueOf(rs.getString("role")),
                    rs.getString("scope_code") == null ? null : new RegionCode(rs.getString("scope_code")),
                    rs.getBoolean("enabled"),
                    rs.getInt("failed_attempts"),
                    instant(rs.getObject("locked_until", OffsetDateTime.class)),
                    instant(rs.getObject("last_login_at", OffsetDateTime.class)),
                    instant(rs.getObject("created_at", OffsetDateTime.class))),
            rs.getString("password_hash"));

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    Optional<Stored> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
                .param(username)
                .query(ROW)
                .optional();
    }

    Optional<Stored> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    /** Users whose scope lies inside the given scope (national admins see national accounts too). */
    List<UserAccount> list(RegionScope scope, Role role, String text) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from app_user where 1 = 1");
        var params = new java.util.ArrayList<Object>();
        if (!scope.isNational()) {
            sql.append(" and scope_code >= ? and scope_code < ?");
            params.add(scope.lower());
            params.add(scope.upper());
        }
        if (role != null) {
            sql.append(" and role = ?");
            params.add(role.name());
        }
        if (text != null && !text.isBlank()) {
            sql.append(
                    " and (lower(username) like ?" + Like.ESCAPE + " or lower(full_name) like ?" + Like.ESCAPE + ")");
            String like = Like.contains(text);
            params.add(like);
            params.add(like);
        }
        sql.append(" order by role, scope_code, username");
        return jdbc.sql(sql.toString()).params(params).query(ROW).list().stream()
                .map(Stored::account)
                .toList();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    long countEnabledAdmins() {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled = true")
                .query(Long.class)
                .single();
    }

    long insert(String username, String hash, String fullName, Role role, RegionCode scope, Instant now) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, role, scope_code, enabled,
                                              failed_attempts, password_changed_at, created_at)
                        values (:u, :h, :n, :r, :s, true, 0, :now, :now)
                        """)
                .param("u", username)
                .param("h", hash)
                .param("n", fullName)
                .param("r", role.name())
                .param("s", scope == null ? null : scope.digits())
                .param("now", utc(now))
                .update();
        return byUsername(username).orElseThrow().account().id();
    }

    void update(long id, String fullName, Role role, RegionCode scope, boolean enabled) {
        jdbc.sql("update app_user set full_name = :n, role = :r, scope_code = :s, enabled = :e where id = :id")
                .param("n", fullName)
                .param("r", role.name())
                .param("s", scope == null ? null : scope.digits())
                .param("e", enabled)
                .param("id", id)
                .update();
    }

    void setPassword(long id, String hash, Instant now) {
        jdbc.sql("update app_user set password_hash = :h, password_changed_at = :now where id = :id")
                .param("h", hash)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    /** Counts a failed login; returns the new count. */
    int recordFailure(String username) {
        jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = ?")
                .param(username)
                .update();
        return jdbc.sql("select failed_attempts from app_user where username = ?")
                .param(username)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    void lock(String username, Instant until) {
        jdbc.sql("update app_user set locked_until = :until, failed_attempts = 0 where username = :u")
                .param("until", utc(until))
                .param("u", username)
                .update();
    }

    void unlock(long id) {
        jdbc.sql("update app_user set locked_until = null, failed_attempts = 0 where id = ?")
                .param(id)
                .update();
    }

    void recordSuccess(String username, Instant now) {
        jdbc.sql(
                        "update app_user set failed_attempts = 0, locked_until = null, last_login_at = :now where username = :u")
                .param("now", utc(now))
                .param("u", username)
                .update();
    }
}
