namespace Recruiting.Benchmarks.Web;

/// <summary>How the benchmarks start the site: the program, the arguments before the site's own, and the working directory.</summary>
internal sealed record SiteProgram(string FileName, string[] Arguments, string WorkingDirectory)
{
    /// <summary>The Release build of the checkout (`dotnet Recruiting.Web.dll`), run from the repository.</summary>
    public static SiteProgram Build(string repositoryRoot)
    {
        var dll = Path.Combine(repositoryRoot, "src/Recruiting.Web/bin/Release/net10.0/Recruiting.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: run the benchmark with -c Release (it builds the site in Release).");
        return new SiteProgram("dotnet", [dll], repositoryRoot);
    }

    /// <summary>
    /// The folder the README's Deploy command makes (`dotnet publish -c Release -o FOLDER src/Recruiting.Web`), its program
    /// started directly and from another, empty folder, as a server runs it.
    /// </summary>
    public static SiteProgram Published(string folder, string workingDirectory) =>
        new(Path.Combine(folder, "Recruiting.Web"), [], workingDirectory);
}
