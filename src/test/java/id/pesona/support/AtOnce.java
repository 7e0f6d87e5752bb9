package id.pesona.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.pesona.access.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The same request sent by many real threads at the same moment through the running application's HTTP port, as
 * users double-clicking or two officers entering the same receipt do. The API is signed into with a personal API token
 * made on the account page, as a client program would.
 */
public final class AtOnce {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private AtOnce() {}

    /** A fresh personal API token of the account, made through the account page ("Akun saya → token"). */
    public static String token(MockMvc mvc, TestAccounts accounts, String user) throws Exception {
        String token = (String) mvc.perform(post("/akun/token")
                        .with(accounts.as(user))
                        .with(csrf())
                        .param("name", "Uji serentak " + System.nanoTime()))
                .andReturn()
                .getFlashMap()
                .get("newToken");
        if (token == null) {
            throw new IllegalStateException("no API token for " + user);
        }
        return token;
    }

    /** A JSON POST to the API on the port, with the bearer token. */
    public static HttpRequest postJson(int port, String token, String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    /** A multipart upload of one file (field {@code file}) to the API on the port, with the bearer token. */
    public static HttpRequest upload(int port, String token, String path, String fileName, String content) {
        String boundary = "pesona" + System.nanoTime();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** Sends the requests from one thread each, released together; the answers in the order of the requests. */
    public static List<HttpResponse<String>> send(List<HttpRequest> requests) throws Exception {
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (HttpRequest r : requests) {
            calls.add(() -> HTTP.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        return run(calls);
    }

    /** The same request {@code n} times at once. */
    public static List<HttpResponse<String>> send(int n, HttpRequest request) throws Exception {
        List<HttpRequest> same = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            same.add(request);
        }
        return send(same);
    }

    /** Runs the calls from one thread each, released together by a latch; their results in order. */
    public static <T> List<T> run(List<Callable<T>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> c : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return c.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(180, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
