using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Public.Rendered;

/// <summary>
/// The rendered public pages in the database (table rendered_pages), shared by every instance: read by address, written
/// after a render, and removed when a change makes them wrong. Plain SQL on pooled connections, without a DbContext:
/// reading a stored page is the whole cost of a page view that misses the memory cache.
/// <para>
/// A render that began before a removal must not store what it read: each removal bumps a counter
/// (<see cref="PublicContentVersion.RenderedPages"/>) in its transaction, a render reads it first, and a page is written
/// only while the counter still has that value, in a transaction that holds the counter's row.
/// </para>
/// </summary>
public sealed class RenderedPageStore : IAsyncDisposable
{
    /// <summary>More changed postings than this remove every stored page rather than name them in one statement.</summary>
    public const int MaxNamedPostings = 500;

    private readonly bool _postgres;
    private readonly string _connection;
    private readonly NpgsqlDataSource? _postgresSource;

    public RenderedPageStore(IConfiguration config)
    {
        _postgres = DatabaseOptions.UsesPostgres(config);
        _connection = DatabaseOptions.ConnectionString(config);
        if (_postgres) _postgresSource = NpgsqlDataSource.Create(_connection);
    }

    public async Task<RenderedPage?> FindAsync(string key, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var find = Command(connection, """
            SELECT "BaseUrl", "ContentType", "Body", "ETag", "ValidUntilMs" FROM rendered_pages WHERE "Key" = @key
            """, ("key", key));
        await using var row = await find.ExecuteReaderAsync(ct);
        if (!await row.ReadAsync(ct)) return null;
        return new RenderedPage
        {
            Key = key, BaseUrl = row.GetString(0), ContentType = row.GetString(1), Body = (byte[])row.GetValue(2), ETag = row.GetString(3),
            ValidUntilMs = row.IsDBNull(4) ? null : row.GetInt64(4),
        };
    }

    /// <summary>The removal counter, to read before rendering a page that <see cref="SaveAsync"/> may store.</summary>
    public async Task<long> GenerationAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var read = Command(connection, """SELECT "Value" FROM public_content_version WHERE "Id" = @id""", ("id", PublicContentVersion.RenderedPages));
        return await read.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt64(value) : 0;
    }

    /// <summary>Stores the pages rendered since removal <paramref name="generation"/>, in one transaction; returns those stored.</summary>
    public async Task<IReadOnlyList<RenderedPage>> SaveAsync(IReadOnlyList<(RenderedPage Page, long Generation)> pages, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Writing the counter row holds it until commit, as a removal does: a removal runs wholly before this batch or after it.
        long current;
        await using (var hold = Command(connection, """
            INSERT INTO public_content_version ("Id", "Value") VALUES (@counter, 0)
            ON CONFLICT ("Id") DO UPDATE SET "Value" = public_content_version."Value"
            RETURNING "Value"
            """, ("counter", PublicContentVersion.RenderedPages)))
        {
            hold.Transaction = transaction;
            current = Convert.ToInt64(await hold.ExecuteScalarAsync(ct));
        }
        var stored = pages.Where(p => p.Generation == current).Select(p => p.Page).ToList();
        foreach (var page in stored)
        {
            await using var save = Command(connection, """
                INSERT INTO rendered_pages ("Key", "BaseUrl", "ContentType", "Body", "ETag", "PostingId", "TranslationKey", "IsListing", "ValidUntilMs")
                VALUES (@key, @base, @type, @body, @etag, @posting, @translation, @listing, @valid)
                ON CONFLICT ("Key") DO UPDATE SET "BaseUrl" = excluded."BaseUrl", "ContentType" = excluded."ContentType",
                    "Body" = excluded."Body", "ETag" = excluded."ETag", "PostingId" = excluded."PostingId",
                    "TranslationKey" = excluded."TranslationKey", "IsListing" = excluded."IsListing", "ValidUntilMs" = excluded."ValidUntilMs"
                """,
                ("key", page.Key), ("base", page.BaseUrl), ("type", page.ContentType), ("body", page.Body), ("etag", page.ETag),
                ("posting", page.PostingId is { } id ? Id(id) : null), ("translation", page.TranslationKey), ("listing", page.IsListing),
                ("valid", page.ValidUntilMs));
            save.Transaction = transaction;
            save.Parameters["@posting"].DbType = _postgres ? DbType.Guid : DbType.String;
            save.Parameters["@translation"].DbType = DbType.String;
            save.Parameters["@valid"].DbType = DbType.Int64;
            await save.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return stored;
    }

    /// <summary>
    /// Removes the stored pages <paramref name="change"/> makes wrong and returns their keys and site addresses: for
    /// postings, their own pages, the pages of their translation keys (before and after the change) and every listing;
    /// for a careers-index page, every listing.
    /// </summary>
    public async Task<IReadOnlyList<(string Key, string BaseUrl)>> RemoveAsync(PublicContentChange change, CancellationToken ct)
    {
        if (change.IsEmpty) return [];
        var everything = change.Everything || change.PostingIds.Count > MaxNamedPostings;
        var ids = change.PostingIds.Select(Id).ToArray();
        var named = string.Join(", ", ids.Select((_, i) => "@id" + i));
        var where = everything ? "" : change.PostingIds.Count == 0 ? """ WHERE "IsListing" = @listing""" : $"""
             WHERE "IsListing" = @listing OR "PostingId" IN ({named})
                OR "TranslationKey" IN (SELECT "PublishedTranslationKey" FROM postings WHERE "Id" IN ({named}))
                OR "TranslationKey" IN (SELECT "TranslationKey" FROM rendered_pages WHERE "PostingId" IN ({named}))
            """;

        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var bump = Command(connection, """
            INSERT INTO public_content_version ("Id", "Value") VALUES (@counter, 1)
            ON CONFLICT ("Id") DO UPDATE SET "Value" = public_content_version."Value" + 1
            """, ("counter", PublicContentVersion.RenderedPages)))
        {
            bump.Transaction = transaction;
            await bump.ExecuteNonQueryAsync(ct);
        }
        var removed = new List<(string, string)>();
        await using (var remove = Command(connection, $"""DELETE FROM rendered_pages{where} RETURNING "Key", "BaseUrl" """,
            [("listing", true), .. ids.Select((id, i) => ("id" + i, (object?)id))]))
        {
            remove.Transaction = transaction;
            await using var rows = await remove.ExecuteReaderAsync(ct);
            while (await rows.ReadAsync(ct)) removed.Add((rows.GetString(0), rows.GetString(1)));
        }
        await transaction.CommitAsync(ct);
        return removed;
    }

    /// <summary>
    /// The addresses of the postings' pages as the public sees them now, and of their content API answers (none for a
    /// posting no longer visible).
    /// </summary>
    public async Task<IReadOnlyList<string>> PostingKeysAsync(IReadOnlyList<Guid> postingIds, CancellationToken ct)
    {
        if (postingIds.Count is 0 or > MaxNamedPostings) return [];
        var ids = postingIds.Select(Id).ToArray();
        await using var connection = await OpenAsync(ct);
        await using var read = Command(connection, $"""
            SELECT "PublishedLanguage", "PublishedSlug", "Id" FROM postings
            WHERE "Id" IN ({string.Join(", ", ids.Select((_, i) => "@id" + i))}) AND "PublishedLanguage" IS NOT NULL AND "TrashedAt" IS NULL
            """, ids.Select((id, i) => ("id" + i, (object?)id)).ToArray());
        await using var rows = await read.ExecuteReaderAsync(ct);
        var keys = new List<string>();
        while (await rows.ReadAsync(ct))
        {
            var (language, slug) = (rows.GetString(0), rows.GetString(1));
            keys.Add(Recruiting.Core.Workflow.PostingUrls.Canonical(language, slug));
            keys.Add(RenderedPageAddress.ApiPosting(language, slug));
            keys.Add(RenderedPageAddress.ApiPosting(rows.GetGuid(2)));
        }
        return keys;
    }

    public ValueTask DisposeAsync() => _postgresSource?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (_postgresSource is not null) return await _postgresSource.OpenConnectionAsync(ct);
        var sqlite = new SqliteConnection(_connection);
        await sqlite.OpenAsync(ct);
        return sqlite;
    }

    /// <summary>An id as the EF model stores it: a uuid on PostgreSQL, upper-case text on SQLite.</summary>
    private object Id(Guid id) => _postgres ? id : id.ToString().ToUpperInvariant();

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.AddParameter("@" + name, value);
        return command;
    }
}
