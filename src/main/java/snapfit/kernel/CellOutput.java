package snapfit.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/**
 * Where a running cell's output goes: its {@code System.out} and {@code System.err} text and the
 * rich displays it asks for with {@code display(...)}. The Jupyter kernel forwards them to the
 * front end; {@link CollectedOutput} keeps them for the in-process notebook runner and tests.
 * Calls may come from any thread the cell starts.
 */
interface CellOutput {

    void stdout(String text);

    void stderr(String text);

    void display(DisplayData data);
}
