using Recruiting.Web.Hosting;

namespace Recruiting.Web.Cli;

/// <summary>
/// Relative paths on the command line are taken from the shell's folder ($PWD): `dotnet run --project` starts the
/// program in the project folder. An input path that is not found there is tried from the application root.
/// </summary>
public static class CliPaths
{
    public static string ShellFolder =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();

    public static string Input(string path, AppRoot root)
    {
        if (Path.IsPathRooted(path)) return path;
        var fromShell = Path.GetFullPath(path, ShellFolder);
        if (File.Exists(fromShell) || Directory.Exists(fromShell)) return fromShell;
        var fromRoot = root.Resolve(path);
        return File.Exists(fromRoot) || Directory.Exists(fromRoot) ? fromRoot : fromShell;
    }

    public static string Output(string path) => Path.GetFullPath(path, ShellFolder);
}
