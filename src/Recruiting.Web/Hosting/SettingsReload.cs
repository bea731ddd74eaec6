namespace Recruiting.Web.Hosting;

/// <summary>
/// Turns off the host's watch on its appsettings files. That watch is a file-system watcher on the whole content root
/// (for the command line, the current folder), woken by every change there, the SQLite database's writes included:
/// a command-line import of 10,000 files into a database beside it spent about 3% of its CPU on the watcher's thread.
/// Nothing reloads settings anyway: they are read and checked once, at start-up.
/// </summary>
public static class SettingsReload
{
    /// <summary>The host setting, as a command-line argument (hosts read their own settings from the arguments).</summary>
    public const string Off = "--hostBuilder:reloadConfigOnChange=false";
}
