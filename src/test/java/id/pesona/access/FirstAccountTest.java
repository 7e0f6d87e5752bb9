package id.pesona.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.pesona.shared.Role;
import id.pesona.shared.TenantProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

class FirstAccountTest {

    final Users users = mock(Users.class);
    final TransactionTemplate tx = mock(TransactionTemplate.class);
    final TenantProperties tenant = new TenantProperties("72.09", "Kabupaten Tojo Una-Una", "Asia/Makassar");

    FirstAccount first(AccessProperties.BootstrapAdmin admin) {
        when(tx.execute(any())).thenAnswer(inv -> ((TransactionCallback<?>) inv.getArgument(0)).doInTransaction(null));
        return new FirstAccount(users, new AccessProperties(5, Duration.ofMinutes(15), 10, admin), tenant, tx);
    }

    @Test
    void configuredAdminIsCreatedOnAnEmptyDatabase() {
        when(users.anyUserExists()).thenReturn(false);
        FirstAccount first = first(new AccessProperties.BootstrapAdmin("kadis", "rahasia-panjang-1", "Kepala Dinas"));
        first.run(new DefaultApplicationArguments());
        ArgumentCaptor<Users.NewUser> created = ArgumentCaptor.forClass(Users.NewUser.class);
        verify(users).createUnchecked(created.capture());
        assertThat(created.getValue().username()).isEqualTo("kadis");
        assertThat(created.getValue().role()).isEqualTo(Role.ADMIN);
        assertThat(created.getValue().scope()).isEqualTo("72.09");
        assertThat(first.codeMatches("anything")).isFalse();
    }

    @Test
    void withoutConfigurationASetupCodeIsIssuedAndNoAccountMade() {
        when(users.anyUserExists()).thenReturn(false);
        FirstAccount first = first(new AccessProperties.BootstrapAdmin(null, null, "Administrator"));
        first.run(new DefaultApplicationArguments());
        verify(users, never()).createUnchecked(any());
        String code = first.issueCodeIfMissing();
        assertThat(first.codeMatches(code)).isTrue();
        assertThat(first.codeMatches(" " + code + " ")).isTrue();
        assertThat(first.codeMatches("AAAA-BBBB-CCCC")).isFalse();
        assertThat(first.codeMatches(null)).isFalse();
    }

    @Test
    void nothingHappensWhenAccountsExist() {
        when(users.anyUserExists()).thenReturn(true);
        FirstAccount first = first(new AccessProperties.BootstrapAdmin("kadis", "rahasia-panjang-1", "Kepala Dinas"));
        first.run(new DefaultApplicationArguments());
        verify(users, never()).createUnchecked(any());
        assertThat(first.issueCodeIfMissing()).isNull();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void bootstrapSettingsLeftAfterTheFirstStartAreLoggedAsIgnored(CapturedOutput output) {
        when(users.anyUserExists()).thenReturn(true);
        first(new AccessProperties.BootstrapAdmin(null, null, "Administrator")).run(new DefaultApplicationArguments());
        assertThat(output.getAll()).doesNotContain("bootstrap-admin");
        new FirstAccount(
                        users,
                        new AccessProperties(
                                5,
                                Duration.ofMinutes(15),
                                10,
                                new AccessProperties.BootstrapAdmin(null, "rahasia-panjang-1", "Administrator")),
                        tenant,
                        tx)
                .run(new DefaultApplicationArguments());
        assertThat(output.getAll())
                .contains("WARN")
                .contains("pesona.access.bootstrap-admin.* diabaikan karena sudah ada akun")
                .doesNotContain("rahasia-panjang-1");
        verify(users, never()).createUnchecked(any());
    }
}
