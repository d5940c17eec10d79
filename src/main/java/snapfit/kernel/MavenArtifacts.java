package snapfit.kernel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * The {@code %maven group:artifact:version} magic: resolves an artifact and its runtime dependencies
 * from Maven Central with Maven's own resolver (Maven 3's rules for scopes, exclusions and version
 * conflicts), downloading into the local repository that {@code mvn} uses, so that a second resolution
 * is offline. Thread-safe: every call builds its own session.
 */
final class MavenArtifacts {

    static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build();

    private final Path localRepository;

    /** Resolves into {@code localRepository}, usually {@link #defaultLocalRepository()}. */
    MavenArtifacts(Path localRepository) {
        this.localRepository = Objects.requireNonNull(localRepository, "localRepository");
    }

    /** Maven's local repository: {@code -Dmaven.repo.local} if set, else {@code ~/.m2/repository}. */
    static Path defaultLocalRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank()
                ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /**
     * The jars of {@code coordinates} ({@code group:artifact[:extension[:classifier]]:version}) and of its
     * runtime dependencies, the artifact's own first.
     *
     * @throws IllegalArgumentException with a one-line message if the coordinates are malformed or the
     *     artifact or one of its dependencies cannot be resolved
     */
    List<Path> resolve(String coordinates) {
        Artifact artifact = parse(coordinates);
        RepositorySystem system = new RepositorySystemSupplier().get();
        try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .build()) {
            CollectRequest collect = new CollectRequest(new Dependency(artifact, JavaScopes.RUNTIME), List.of(CENTRAL));
            DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
            return system.resolveDependencies(session, request).getArtifactResults().stream()
                    .map(ArtifactResult::getArtifact)
                    .map(resolved -> resolved.getPath().toAbsolutePath())
                    .toList();
        } catch (DependencyResolutionException e) {
            throw new IllegalArgumentException("%maven " + coordinates + ": " + rootMessage(e)
                    + " (check the coordinates on https://central.sonatype.com and the network)", e);
        } finally {
            system.shutdown();
        }
    }

    private static Artifact parse(String coordinates) {
        try {
            return new DefaultArtifact(coordinates.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("%maven needs group:artifact:version, got '" + coordinates.strip()
                    + "'; e.g. %maven org.apache.commons:commons-text:1.12.0", e);
        }
    }

    /** The innermost cause's message: the resolver nests the real reason (not found, offline) several deep. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause().getMessage() != null) {
            root = root.getCause();
        }
        return root.getMessage().lines().findFirst().orElse(root.getClass().getSimpleName());
    }
}
