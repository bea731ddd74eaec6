namespace Recruiting.Testing.Legacy;

/// <summary>The sample files (Samples/ beside the tests, one per case of the legacy archive) and the repository's import/ folder.</summary>
public static class Samples
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Samples");
    public static string Parser(string name) => Path.Combine(Folder, "parser", name);
    public static string ParserText(string name) => File.ReadAllText(Parser(name));
    public static string Archive => Path.Combine(Folder, "archive");
    public static string RepositoryImportFolder => RepositoryFiles.Path("import");

    /// <summary>A temporary folder holding copies of <paramref name="files"/> (relative path → text).</summary>
    public static TempFolder Write(params (string Path, string Text)[] files)
    {
        var folder = new TempFolder();
        foreach (var (path, text) in files) folder.Write(path, text);
        return folder;
    }
}

public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "recruiting-legacy-" + Guid.NewGuid().ToString("N")[..10]);

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Write(string relative, string text)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
