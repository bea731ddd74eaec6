using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Recruiting.Core.Storage;

/// <summary>
/// The context `dotnet ef dbcontext optimize` builds the compiled models from (README, Benchmarks): the provider named by
/// the argument after `--` (Sqlite or Postgres), its model built from <see cref="RecruitingDb"/>'s configuration, never
/// from a compiled model. No database is opened.
/// </summary>
public sealed class RecruitingDbDesignTime : IDesignTimeDbContextFactory<RecruitingDb>
{
    public RecruitingDb CreateDbContext(string[] args)
    {
        var provider = args.FirstOrDefault() ?? DatabaseOptions.Sqlite;
        var options = new DbContextOptionsBuilder<RecruitingDb>();
        StorageServices.UseProvider(options, provider, DatabaseOptions.NamesPostgres(provider) ? "Host=localhost" : StorageServices.DefaultSqlite);
        return new RecruitingDb(options.Options);
    }
}
