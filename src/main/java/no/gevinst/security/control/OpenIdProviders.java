package no.gevinst.security.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.platform.entity.Role;
import org.eclipse.microprofile.config.Config;

/**
 * The OpenID Connect providers that sign people in to the pages, each configured under
 * {@code gevinst.oidc.<name>.*} (issuer, client id and secret, scopes, the claims used) and off while it has no
 * issuer. Their metadata and keys are fetched at the first sign-in and kept.
 */
@ApplicationScoped
public class OpenIdProviders {

    /** The directorate's own provider for its staff. */
    public static final String STAFF = "staff";

    /** ID-porten, the national sign-in, for the municipalities' people. */
    public static final String ID_PORTEN = "idporten";

    /** One provider as configured, with its metadata once fetched. */
    public static final class Provider {
        private final String name;
        private final Issuer issuer;
        private final ClientID clientId;
        private final String clientSecret;
        private final Scope scope;
        private final Map<String, String> claims;
        private final Map<Role, Set<String>> groupsOfRole;
        private final java.time.Duration recheckAfter;
        private final List<String> acceptedLevels;
        private final com.nimbusds.jose.jwk.RSAKey clientKey;
        private volatile OIDCProviderMetadata metadata;
        private volatile IDTokenValidator validator;

        Provider(String name, Issuer issuer, ClientID clientId, String clientSecret, Scope scope,
                Map<String, String> claims, Map<Role, Set<String>> groupsOfRole, java.time.Duration recheckAfter,
                List<String> acceptedLevels, com.nimbusds.jose.jwk.RSAKey clientKey) {
            this.name = name;
            this.issuer = issuer;
            this.clientId = clientId;
            this.clientSecret = clientSecret;
            this.scope = scope;
            this.claims = claims;
            this.groupsOfRole = groupsOfRole;
            this.recheckAfter = recheckAfter;
            this.acceptedLevels = acceptedLevels;
            this.clientKey = clientKey;
        }

        /**
         * How Gevinst proves itself at the token endpoint: with a JWT signed by its own key where one is configured
         * ({@code private_key_jwt}, which ID-porten recommends; the key's {@code kid} is the one registered there),
         * else with the client secret ({@code client_secret_basic}).
         */
        public com.nimbusds.oauth2.sdk.auth.ClientAuthentication clientAuthentication(java.net.URI tokenEndpoint) {
            if (clientKey == null) {
                return new com.nimbusds.oauth2.sdk.auth.ClientSecretBasic(clientId,
                        new com.nimbusds.oauth2.sdk.auth.Secret(clientSecret));
            }
            try {
                // Digdir's services (ID-porten) take the issuer as the assertion's audience, others the endpoint
                String audience = ID_PORTEN.equals(name) ? issuer.getValue() : tokenEndpoint.toString();
                return new com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT(
                        new com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet(clientId,
                                new com.nimbusds.oauth2.sdk.id.Audience(audience)),
                        JWSAlgorithm.RS256, clientKey.toRSAPrivateKey(), clientKey.getKeyID(), null);
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException("The client key of " + name + " cannot sign", e);
            }
        }

        /** Whether the provider says what the person may do (their groups), and is asked again while they work. */
        public boolean saysRoles() {
            return STAFF.equals(name);
        }

        /**
         * The levels of assurance ({@code acr}) a sign-in must have, the least first; asked for in the request and
         * checked in the ID token. Empty where the provider does not say.
         */
        public List<String> acceptedLevels() {
            return acceptedLevels;
        }

        /** How long a signed-in person's roles are trusted before the provider is asked again. */
        public java.time.Duration recheckAfter() {
            return recheckAfter;
        }

        public String name() {
            return name;
        }

        public Issuer issuer() {
            return issuer;
        }

        public ClientID clientId() {
            return clientId;
        }

        public Scope scope() {
            return scope;
        }

        /** The name of the claim that holds {@code what} (username, name, email, groups) at this provider. */
        public String claim(String what) {
            return claims.get(what);
        }

        /** The roles that these groups give, as configured ({@code gevinst.oidc.<name>.role.<ROLE>}). */
        public Set<Role> rolesOf(List<String> groups) {
            return groupsOfRole.entrySet().stream().filter(entry -> groups.stream().anyMatch(entry.getValue()::contains))
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class)));
        }

        /** The provider's metadata (OpenID Connect discovery), fetched once. */
        public OIDCProviderMetadata metadata() throws IOException {
            OIDCProviderMetadata known = metadata;
            if (known == null) {
                try {
                    known = OIDCProviderMetadata.resolve(issuer, 5_000, 5_000);
                } catch (GeneralException e) {
                    throw new IOException("The provider's metadata could not be read: " + e.getMessage(), e);
                }
                metadata = known;
            }
            return known;
        }

        /** Checks ID tokens: signed with the provider's published keys (RS256), issued by it, for this client. */
        public IDTokenValidator validator() throws IOException {
            IDTokenValidator known = validator;
            if (known == null) {
                known = new IDTokenValidator(issuer, clientId, JWSAlgorithm.RS256, metadata().getJWKSetURI().toURL());
                known.setMaxClockSkew(30);
                validator = known;
            }
            return known;
        }
    }

    /** Every provider that can be configured: its name in the keys. */
    private static final List<String> NAMES = List.of(STAFF, ID_PORTEN);

    @Inject
    Config config;

    /** The origins ({@code scheme://host:port}) of the configured providers, read from the configuration once. */
    static List<String> origins() {
        Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return NAMES.stream().map(name -> config.getOptionalValue("gevinst.oidc." + name + ".issuer", String.class))
                .flatMap(Optional::stream).filter(issuer -> !issuer.isBlank()).map(java.net.URI::create)
                .map(issuer -> issuer.getScheme() + "://" + issuer.getAuthority()).distinct().toList();
    }

    private final Map<String, Optional<Provider>> providers = new java.util.concurrent.ConcurrentHashMap<>();

    /** The provider of this name, if it is configured. */
    public Optional<Provider> provider(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        return providers.computeIfAbsent(name, this::configured);
    }

    private Optional<Provider> configured(String name) {
        String prefix = "gevinst.oidc." + name + ".";
        Optional<String> issuer = config.getOptionalValue(prefix + "issuer", String.class).filter(v -> !v.isBlank());
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> claims = Map.of(
                "username", value(prefix + "claim.username", "preferred_username"),
                "name", value(prefix + "claim.name", "name"),
                "email", value(prefix + "claim.email", "email"),
                "groups", value(prefix + "claim.groups", "groups"),
                "identityNumber", value(prefix + "claim.identity-number", "pid"),
                "level", value(prefix + "claim.level", "acr"));
        Map<Role, Set<String>> groupsOfRole = new EnumMap<>(Role.class);
        for (Role role : List.of(Role.CASE_HANDLER, Role.APPROVER, Role.MANAGEMENT, Role.ADMIN)) {
            groupsOfRole.put(role, Arrays.stream(value(prefix + "role." + role.name(), role.name()).split(","))
                    .map(String::trim).filter(group -> !group.isEmpty()).collect(Collectors.toSet()));
        }
        Optional<String> keyFile = config.getOptionalValue(prefix + "client-jwk", String.class)
                .filter(path -> !path.isBlank());
        return Optional.of(new Provider(name, new Issuer(issuer.get()),
                new ClientID(config.getValue(prefix + "client-id", String.class)),
                keyFile.isPresent() ? null : config.getValue(prefix + "client-secret", String.class),
                Scope.parse(value(prefix + "scopes", ID_PORTEN.equals(name) ? "openid profile"
                        : "openid profile email offline_access")), claims, groupsOfRole,
                java.time.Duration.ofSeconds(Long.parseLong(value(prefix + "recheck-seconds", "300"))),
                Arrays.stream(value(prefix + "acr-values", ID_PORTEN.equals(name)
                        ? "idporten-loa-substantial,idporten-loa-high" : "").split(","))
                        .map(String::trim).filter(level -> !level.isEmpty()).toList(),
                keyFile.map(OpenIdProviders::clientKey).orElse(null)));
    }

    /** Gevinst's own key for a provider, a JWK file holding the RSA private key and its {@code kid}. */
    private static com.nimbusds.jose.jwk.RSAKey clientKey(String file) {
        try {
            var key = com.nimbusds.jose.jwk.JWK.parse(java.nio.file.Files.readString(java.nio.file.Path.of(file)))
                    .toRSAKey();
            if (!key.isPrivate() || key.getKeyID() == null) {
                throw new IllegalStateException("The client key " + file + " must be a private RSA JWK with a kid");
            }
            return key;
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("The client key " + file + " cannot be read as a JWK", e);
        }
    }

    private String value(String key, String otherwise) {
        return config.getOptionalValue(key, String.class).orElse(otherwise);
    }
}
