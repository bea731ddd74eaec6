namespace Recruiting.Legacy.Import;

/// <summary>Reads the files to import from paths given on the command line or in settings: files, and folders recursively.</summary>
public static class ImportSourceReader
{
    public static readonly IReadOnlyList<string> Extensions = [".md", ".markdown", ".txt"];

    public static bool IsReadable(string path) =>
        Extensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Lists the files under <paramref name="paths"/>; their text is read when the importer asks (<see cref="ImportFiles.Read"/>).
    /// Each file's <see cref="ImportSource.Path"/> is relative to <paramref name="baseFolder"/> (the application root),
    /// so the same file has the same identity whether imported at start-up or from the command line.
    /// Files of other types are read as empty text; the importer lists them as skipped. Text is decoded by
    /// <see cref="LegacyFileText"/>: a file it cannot read comes back with an error, and the importer rejects it alone.
    /// A path that does not exist throws <see cref="FileNotFoundException"/>.
    /// </summary>
    public static ImportFiles List(IEnumerable<string> paths, string baseFolder)
    {
        var files = new List<string>();
        foreach (var path in paths.Select(p => System.IO.Path.GetFullPath(p)))
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new FileNotFoundException($"There is no file or folder '{path}'. Check the path.", path);
        }
        var distinct = files.Distinct(StringComparer.Ordinal).ToArray();
        var identities = distinct.Select(f => Identity(f, baseFolder)).ToArray();
        // A file under the base folder is found again from its identity: a run keeps one path per file, not two.
        var root = System.IO.Path.GetFullPath(baseFolder);
        var elsewhere = distinct.Select((f, i) => Under(root, identities[i]) == f ? null : f).ToArray();
        return new ImportFiles(identities, i =>
        {
            var file = elsewhere[i] ?? Under(root, identities[i]);
            return IsReadable(file) ? LegacyFileText.Read(identities[i], file) : new ImportSource(identities[i], "");
        });
    }

    private static string Under(string root, string identity) => System.IO.Path.Join(root, identity);

    private static string Identity(string file, string baseFolder)
    {
        var relative = System.IO.Path.GetRelativePath(System.IO.Path.GetFullPath(baseFolder), file);
        var path = relative.StartsWith("..") || System.IO.Path.IsPathRooted(relative) ? file : relative;
        return path.Replace('\\', '/');
    }
}
