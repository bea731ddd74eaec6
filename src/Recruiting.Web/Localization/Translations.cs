using System.Collections;

namespace Recruiting.Web.Localization;

/// <summary>
/// The French of one catalog, written as an object initializer. <c>["Save"] = "Enregistrer"</c>: the English text is
/// its own key (what a missing entry shows, as the framework's localizers do). <c>["status.one.published", "Published"]
/// = "Publiée"</c>: a key with its English, for a text whose English is shared by two meanings, or for a message built
/// from a code and arguments. Every entry written is kept, duplicates included, so the catalog check can report a key
/// written twice with two translations instead of the dictionary silently keeping the last.
/// </summary>
public sealed class Translations : IEnumerable<Translations.Entry>
{
    public sealed record Entry(string Key, string English, string French);

    private readonly List<Entry> _written = [];
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);

    public string this[string english]
    {
        set => Add(new Entry(english, english, value));
    }

    public string this[string key, string english]
    {
        set => Add(new Entry(key, english, value));
    }

    /// <summary>Every entry in the order written, duplicates included.</summary>
    public IReadOnlyList<Entry> Written => _written;

    public bool TryGet(string key, out Entry entry) => _byKey.TryGetValue(key, out entry!);

    public IEnumerator<Entry> GetEnumerator() => _byKey.Values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds every entry of <paramref name="shared"/>, texts that several areas show alike.</summary>
    public Translations With(Translations shared)
    {
        foreach (var entry in shared.Written) Add(entry);
        return this;
    }

    private void Add(Entry entry)
    {
        _written.Add(entry);
        _byKey.TryAdd(entry.Key, entry);
    }
}
