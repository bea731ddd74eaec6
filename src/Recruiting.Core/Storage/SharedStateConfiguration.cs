using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Identity;

namespace Recruiting.Core.Storage;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> key) => key.ToTable("data_protection_keys");
}

internal sealed class SignInCountConfiguration : IEntityTypeConfiguration<SignInCount>
{
    public void Configure(EntityTypeBuilder<SignInCount> count)
    {
        count.ToTable("sign_in_counts");
        count.HasKey(c => c.Key);
    }
}

internal sealed class PublicContentVersionConfiguration : IEntityTypeConfiguration<PublicContentVersion>
{
    public void Configure(EntityTypeBuilder<PublicContentVersion> version)
    {
        version.ToTable("public_content_version");
        version.Property(v => v.Id).ValueGeneratedNever();
    }
}

internal sealed class RenderedPageConfiguration : IEntityTypeConfiguration<RenderedPage>
{
    public void Configure(EntityTypeBuilder<RenderedPage> page)
    {
        page.ToTable("rendered_pages");
        page.HasKey(p => p.Key);
        page.HasIndex(p => p.PostingId);
        page.HasIndex(p => p.TranslationKey);
        page.HasIndex(p => p.IsListing);
    }
}
