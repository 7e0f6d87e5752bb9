package id.pesona.shared;

/** What every feature may know of the signed-in user. Implemented by the access module's user details. */
public interface PesonaPrincipal {

    long userId();

    String username();

    String fullName();

    Role role();

    RegionScope scope();
}
