using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Recruiting.Core.Content;

namespace Recruiting.Web.Public;

/// <summary>
/// Empties the public page cache after every committed write to what the public site shows (postings, redirects,
/// pages), however it was written: SaveChanges, the importer's bulk inserts, ExecuteUpdate. It watches the SQL
/// commands EF runs and evicts when their transaction commits (at once for a command outside any transaction),
/// so a request running meanwhile cannot put the old page back.
/// </summary>
public sealed class PublicContentChanges(IOutputCacheStore store)
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];
    private Regex? _publicWrites;
    private IInterceptor[]? _interceptors;

    public IInterceptor[] Interceptors => _interceptors ??= [new Commands(this), new Transactions(this)];

    private async ValueTask OnCommandAsync(DbCommand command, DbContext? context)
    {
        if (context is null || !PublicWrites(context).IsMatch(command.CommandText)) return;
        if (context.Database.CurrentTransaction is null) await EvictAsync();
        else _pending.AddOrUpdate(context, this);
    }

    private async ValueTask OnCommittedAsync(DbContext? context)
    {
        if (context is not null && _pending.Remove(context)) await EvictAsync();
    }

    private void OnRolledBack(DbContext? context)
    {
        if (context is not null) _pending.Remove(context);
    }

    private ValueTask EvictAsync() => store.EvictByTagAsync(PublicPageCache.Tag, CancellationToken.None);

    /// <summary>INSERT, UPDATE or DELETE on a public table, named as in the model (PostgreSQL leaves lower-case names unquoted).</summary>
    private Regex PublicWrites(DbContext context) => _publicWrites ??= new Regex(
        @"\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+""?("
        + string.Join("|", new[] { typeof(Posting), typeof(Redirect), typeof(ContentPage) }
            .Select(t => Regex.Escape(context.Model.FindEntityType(t)!.GetTableName()!)))
        + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private sealed class Commands(PublicContentChanges changes) : DbCommandInterceptor
    {
        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData data, int result)
        {
            changes.OnCommandAsync(command, data.Context).AsTask().GetAwaiter().GetResult();
            return result;
        }

        public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData data, int result, CancellationToken ct = default)
        {
            await changes.OnCommandAsync(command, data.Context);
            return result;
        }

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData data, DbDataReader result)
        {
            changes.OnCommandAsync(command, data.Context).AsTask().GetAwaiter().GetResult();
            return result;
        }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData data, DbDataReader result, CancellationToken ct = default)
        {
            await changes.OnCommandAsync(command, data.Context);
            return result;
        }
    }

    private sealed class Transactions(PublicContentChanges changes) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData data) =>
            changes.OnCommittedAsync(data.Context).AsTask().GetAwaiter().GetResult();

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData data, CancellationToken ct = default) =>
            changes.OnCommittedAsync(data.Context).AsTask();

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData data) => changes.OnRolledBack(data.Context);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData data, CancellationToken ct = default)
        {
            changes.OnRolledBack(data.Context);
            return Task.CompletedTask;
        }
    }
}
