package id.pesona.shared;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Redirects that carry a value the user typed: the value is an encoded query parameter, never part of a URI template
 * ({@code {x}} stays text) nor of the path.
 */
public final class Redirects {

    private Redirects() {}

    /** {@code redirect:path?name=value} with the value percent-encoded; a blank value leaves the parameter out. */
    public static String to(String path, String name, String value) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
        return "redirect:" + b.build().encode().toUriString();
    }
}
