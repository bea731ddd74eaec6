using System.Diagnostics;
using Recruiting.Testing;

namespace Recruiting.Testing.Legacy.Hugo;

/// <summary>Whether Debian's `hugo` runs here. Outside CI a missing hugo skips the parity tests; in CI (CI=true) they run, and fail without it.</summary>
public static class HugoAvailability
{
    public static readonly Lazy<bool> Installed = new(() =>
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(HugoSite.Executable, "version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public static string? SkipReason => PostgresAvailability.InCi || Installed.Value ? null : "Hugo is not installed (apt-get install hugo, as .ci/run does).";
}

public sealed class HugoFactAttribute : FactAttribute
{
    public HugoFactAttribute() => Skip = HugoAvailability.SkipReason;
}

public sealed class HugoTheoryAttribute : TheoryAttribute
{
    public HugoTheoryAttribute() => Skip = HugoAvailability.SkipReason;
}
