package snapfit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import snapfit.kernel.KernelInstaller;

@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "The Jupyter kernel that runs the notebooks.",
        subcommands = KernelCommand.Install.class)
final class KernelCommand {

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Register the kernel '" + KernelInstaller.KERNEL_NAME + "' for the current user (safe to"
                    + " repeat).", "Then open the notebooks with: bin/snapfit notebook"})
    static final class Install implements Callable<Integer> {

        @Override
        public Integer call() {
            Path kernelJson = KernelInstaller.install();
            System.out.println("installed kernel '" + KernelInstaller.KERNEL_NAME + "': " + kernelJson);
            return 0;
        }
    }
}
