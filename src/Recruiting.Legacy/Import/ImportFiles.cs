namespace Recruiting.Legacy.Import;

/// <summary>
/// The files of one import: their paths (each file's identity, see <see cref="ImportSource"/>) known at once, their
/// text read when the importer needs it (<see cref="Read"/>, possibly twice, from any thread), so that a run holds the
/// text of a chunk of files at a time rather than of the whole folder.
/// </summary>
public sealed class ImportFiles(IReadOnlyList<string> paths, Func<int, ImportSource> read)
{
    public int Count => paths.Count;
    public string PathOf(int index) => paths[index];
    public ImportSource Read(int index) => read(index);

    /// <summary>Files already in memory, such as a console upload.</summary>
    public static ImportFiles InMemory(IReadOnlyList<ImportSource> sources) => new(sources.Select(s => s.Path).ToArray(), i => sources[i]);
}
