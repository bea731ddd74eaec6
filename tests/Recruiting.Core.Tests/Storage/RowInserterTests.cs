using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Audit;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Storage;

/// <summary>The importer's bulk path must store exactly what SaveChanges stores, value by value and type by type.</summary>
public sealed class RowInserterTests
{
    private static readonly DateTimeOffset When = new DateTimeOffset(2026, 11, 24, 10, 11, 12, TimeSpan.Zero).AddTicks(3456789);

    [Theory, Providers]
    public async Task Rows_written_in_bulk_are_stored_as_SaveChanges_stores_them(string provider)
    {
        var rows = Rows();
        await using var saved = await TestDatabase.CreateAsync(provider);
        await using (var db = saved.NewContext())
        {
            db.AddRange(rows());
            await db.SaveChangesAsync();
        }
        await using var inserted = await TestDatabase.CreateAsync(provider);
        await using (var db = inserted.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await RowInserter.InsertAsync(db, rows(), CancellationToken.None);
            await transaction.CommitAsync();
        }

        foreach (var table in new[] { "postings", "posting_revisions", "audit_log", "redirects" })
            Assert.Equal(await DumpAsync(saved, table), await DumpAsync(inserted, table));
    }

    /// <summary>Three of each (the first row of a table takes another path than the others), every column set, some null.</summary>
    private static Func<List<object>> Rows()
    {
        var ids = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToArray();
        return () =>
        {
            var rows = new List<object>();
            for (var i = 0; i < 3; i++)
            {
                var content = new PostingContent
                {
                    Title = $"Développeuse « senior » {i}", Description = "Line one\nline two", BodyMarkdown = "## Body\n\n<p>Très bien</p>\t&nbsp;",
                    LeverId = i == 0 ? null : "c00d0402-56cd-49b3-9d37-525b9fd31cfd", Aliases = ["/old/a/", "/old/b/"], ClosingAt = i == 1 ? When.AddDays(30) : null,
                };
                var posting = new Posting
                {
                    Id = ids[i], Language = i == 2 ? "fr" : "en", Slug = $"slug-{i}", TranslationKey = "key", Draft = content, Published = i == 0 ? null : content,
                    PublishedHtml = i == 0 ? null : "<h2>Body</h2><p>Très bien</p>", Status = (PostingStatus)i, CreatedAt = When, LastModifiedAt = When.AddSeconds(i),
                    FirstPublishedAt = i == 0 ? null : When, PublishedAt = When.AddMilliseconds(1), ScheduledPublishAt = i == 1 ? When.AddDays(1) : null,
                    ArchivedAt = i == 2 ? When : null, TrashedAt = null, ContentChangedAt = When.AddTicks(1), Version = i + 1,
                    ImportSource = i == 0 ? null : $"content/en/{i}.md", ImportHash = "AB" + i, ImportedVersion = i == 0 ? null : i,
                };
                rows.Add(posting);
                rows.Add(new PostingRevision { Id = ids[3 + i], PostingId = posting.Id, Number = 1, CreatedAt = When, Author = "import", Action = "import", ChangedFields = "Title", Slug = posting.Slug, Content = content });
                rows.Add(new AuditEntry { Id = ids[6 + i], At = When.AddMinutes(i), Actor = "import", Action = "posting.import", Target = $"en/slug-{i}", Details = "", RemoteAddress = i == 1 ? "127.0.0.1" : null });
                rows.Add(new Redirect { Id = ids[9 + i], Path = $"/old/{i}/", PostingId = posting.Id, CreatedAt = When });
            }
            return rows;
        };
    }

    /// <summary>Every column of every row, with the type the database reports for it.</summary>
    private static async Task<List<string>> DumpAsync(TestDatabase database, string table)
    {
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(c =>
                $"{reader.GetName(c)}={(reader.IsDBNull(c) ? "NULL" : $"{reader.GetFieldType(c).Name}:{Convert.ToString(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture)}")}")));
        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
