"""Checks the snap-fit kernel through Jupyter's own client, as a front end talks to it.

Usage: python3 kernel_protocol_check.py JAVA CLASSPATH
Starts the kernel with JAVA -cp CLASSPATH snapfit.kernel.SnapfitKernel from a temporary kernelspec (so no
installed kernel is touched), sends completion, inspection, is_complete and execute requests, and asserts
each answer. Prints one line per check; exits non-zero at the first failure. Run by KernelProtocolTest.
"""
import json
import os
import sys
import tempfile

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

TIMEOUT = 120


def start_kernel(java, classpath):
    spec_root = tempfile.mkdtemp(prefix="snapfit-kernelspec-")
    spec_dir = os.path.join(spec_root, "kernels", "snapfit-test")
    os.makedirs(spec_dir)
    with open(os.path.join(spec_dir, "kernel.json"), "w") as spec:
        json.dump({"argv": [java, "-Djava.awt.headless=true", "-cp", classpath, "snapfit.kernel.SnapfitKernel",
                            "{connection_file}"],
                   "display_name": "snap-fit test", "language": "java", "interrupt_mode": "message"}, spec)
    manager = KernelManager(kernel_name="snapfit-test",
                            kernel_spec_manager=KernelSpecManager(kernel_dirs=[os.path.join(spec_root, "kernels")]))
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    return manager, client


def execute(client, code):
    """Runs code; returns (reply content, stdout text, text/plain of the result or None, traceback lines shown)."""
    outputs = {"stdout": [], "result": [], "traceback": []}
    reply = client.execute_interactive(code, timeout=TIMEOUT, output_hook=lambda message: collect(message, outputs))
    result = outputs["result"]
    return reply["content"], "".join(outputs["stdout"]), (result[0] if result else None), outputs["traceback"]


def collect(message, outputs):
    kind = message["msg_type"]
    if kind == "stream" and message["content"]["name"] == "stdout":
        outputs["stdout"].append(message["content"]["text"])
    elif kind == "execute_result":
        outputs["result"].append(message["content"]["data"].get("text/plain"))
    elif kind == "error":
        outputs["traceback"].extend(message["content"]["traceback"])


def is_complete(client, code):
    """The status of an is_complete_request; the client sends it but has no blocking form of it."""
    request = client.is_complete(code)
    while True:
        reply = client.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == request:
            return reply["content"]


def check(name, condition, detail):
    if not condition:
        print("FAILED " + name + ": " + detail)
        sys.exit(1)
    print("ok " + name)


def main():
    java, classpath = sys.argv[1], sys.argv[2]
    manager, client = start_kernel(java, classpath)
    try:
        reply = client.complete('"abc".sub', 9, reply=True, timeout=TIMEOUT)["content"]
        check("completion of \"abc\".sub", "substring(" in reply["matches"] and reply["cursor_start"] == 6, str(reply))

        reply = client.complete("snapfit.puzzle.Sh", 17, reply=True, timeout=TIMEOUT)["content"]
        check("completion of snapfit.puzzle.Sh", "SheetManager" in reply["matches"], str(reply))

        reply = client.inspect('"abc".substring', 12, reply=True, timeout=TIMEOUT)["content"]
        text = reply.get("data", {}).get("text/plain", "")
        check("inspection of String.substring", reply["found"] and "String String.substring(int beginIndex)" in text, str(reply))

        reply = is_complete(client, "int x = 1;")
        check("is_complete on a statement", reply["status"] == "complete", str(reply))
        reply = is_complete(client, "for (int i = 0; i < 3; i++) {")
        check("is_complete on an open block", reply["status"] == "incomplete", str(reply))

        content, stdout, _, _ = execute(client, "%maven org.apache.commons:commons-text:1.12.0")
        check("%maven commons-text", content["status"] == "ok", str(content))
        content, _, result, _ = execute(client, 'org.apache.commons.text.WordUtils.capitalize("snap fit")')
        check("a class %maven added", result == "Snap Fit", str(content) + " result " + str(result))

        content, stdout, result, _ = execute(client, "%%time\nint answer = 6 * 7;\nanswer")
        check("%%time", result == "42" and stdout.startswith("Wall time: "), "result " + str(result) + " stdout " + stdout)

        content, _, _, traceback = execute(client, "%classpath no-such-folder/*")
        check("%classpath error in one line",
              content["status"] == "error" and len(traceback) == 1 and "matched no jar" in traceback[0], str(traceback))

        content, _, result, _ = execute(client, "new double[] {0.5, 1.5}")
        check("a double[] shown by its items", result == "[0.5, 1.5]", str(result))

        content, _, _, _ = execute(client, "System.exit(0);")
        check("System.exit refused", content["status"] == "error" and "System.exit would end the kernel" in content["evalue"],
              str(content))
        check("the kernel alive after System.exit", execute(client, "1 + 1")[2] == "2", "no answer")
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
