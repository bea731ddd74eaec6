using System.Diagnostics;

namespace Recruiting.Benchmarks.Web;

/// <summary>
/// The bare ceiling (`../shared/bench/ceiling`, beside the repository): a Kestrel app answering every request with one
/// file's bytes from memory. Copied out (shared/ may be read-only), built in Release, run as its own process.
/// </summary>
internal sealed class CeilingProcess : IAsyncDisposable
{
    private readonly Process _process;
    public string BaseUrl { get; }

    private CeilingProcess(Process process, string baseUrl) => (_process, BaseUrl) = (process, baseUrl);

    public static async Task<CeilingProcess> StartAsync(string repositoryRoot, string work, string pageFile, int port)
    {
        var source = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "bench", "ceiling"));
        if (!File.Exists(Path.Combine(source, "Program.cs")))
            throw new InvalidOperationException($"The ceiling app is not at {source} (see ../shared/README.md).");
        var copy = Path.Combine(work, "ceiling");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(source))
        {
            var target = Path.Combine(copy, Path.GetFileName(file));
            File.Copy(file, target, overwrite: true);
            File.SetAttributes(target, FileAttributes.Normal);
        }
        var output = Path.Combine(copy, "out");
        await RunAsync("dotnet", ["build", "-c", "Release", "-o", output, copy]);
        var baseUrl = $"http://127.0.0.1:{port}";
        var process = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(output, "Ceiling.dll"), pageFile, "--urls", baseUrl])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("The ceiling app could not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("ceiling: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var ceiling = new CeilingProcess(process, baseUrl);
        await SiteProcess.WaitForAsync(process, baseUrl + "/", TimeSpan.FromSeconds(60));
        return ceiling;
    }

    private static async Task RunAsync(string program, string[] args)
    {
        using var build = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await build.StandardOutput.ReadToEndAsync();
        await build.WaitForExitAsync();
        if (build.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
