using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Audit;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Identity;

namespace Recruiting.Core.Storage;

public sealed class RecruitingDb(DbContextOptions<RecruitingDb> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Posting> Postings => Set<Posting>();
    public DbSet<PostingRevision> Revisions => Set<PostingRevision>();
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<ContentPage> Pages => Set<ContentPage>();
    public DbSet<ContentPageRevision> PageRevisions => Set<ContentPageRevision>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    /// <summary>ASP.NET Core data-protection keys, shared by every instance of the site (cookies, antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SignInCount> SignInCounts => Set<SignInCount>();
    public DbSet<PublicContentVersion> PublicContentVersion => Set<PublicContentVersion>();
    public DbSet<RenderedPage> RenderedPages => Set<RenderedPage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Stored as UTC date-times so both SQLite and PostgreSQL can compare and sort them in SQL.
        conventions.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.ApplyConfigurationsFromAssembly(typeof(RecruitingDb).Assembly);
        PostingConfiguration.OpenListingIndex(model.Entity<Posting>(), Database.IsNpgsql());
    }
}
