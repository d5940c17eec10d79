package snapfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import snapfit.kernel.KernelInstaller;
import snapfit.kernel.KernelPaths;
import snapfit.kernel.NotebookServer;

@Command(name = "notebook", mixinStandardHelpOptions = true,
        description = {"Open the notebooks in Jupyter Notebook: installs Debian's " + NotebookServer.DEBIAN_PACKAGE
                + " when it is missing (as root), registers the kernel '" + KernelInstaller.KERNEL_NAME + "', serves"
                + " the notebooks folder on 127.0.0.1 and prints the URL with its token.", "Stop it with Ctrl-C."})
final class NotebookCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "FOLDER", description = "Folder to serve (default: the project's notebooks/).")
    private Path folder;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!NotebookServer.isInstalled()) {
            installJupyterNotebook();
        }
        System.out.println("registered kernel '" + KernelInstaller.KERNEL_NAME + "': " + KernelInstaller.install());
        Path served = folder != null ? folder : KernelPaths.projectDir().resolve("notebooks");
        try (NotebookServer server = NotebookServer.start(served, Map.of(), true)) {
            System.out.println("Jupyter Notebook serves " + served.toAbsolutePath().normalize() + "; open:");
            System.out.println("  " + server.url());
            return server.waitFor();
        }
    }

    private static void installJupyterNotebook() throws IOException, InterruptedException {
        String install = "apt-get install -y -q --no-install-recommends " + NotebookServer.DEBIAN_PACKAGE;
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalArgumentException("Jupyter Notebook is missing from " + NotebookServer.PYTHON
                    + "; install it with: sudo " + install);
        }
        System.out.println("installing Jupyter Notebook: " + install);
        ProcessBuilder apt = new ProcessBuilder("sh", "-c", "apt-get update -q && " + install).inheritIO();
        apt.environment().put("DEBIAN_FRONTEND", "noninteractive");
        if (apt.start().waitFor() != 0 || !NotebookServer.isInstalled()) {
            throw new IllegalArgumentException("installing " + NotebookServer.DEBIAN_PACKAGE
                    + " failed (see apt-get's output above); install it by hand: " + install);
        }
    }
}
