using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThuVien.Accounts;

// ASP.NET Core Identity's tables, configured here as IdentityDbContext would (keys, unique normalised
// names, lengths, cascades) so that ThuVienDb stays a plain context that gathers each part's model.
// The passkey table of Identity's newest schema is left out: the node offers no passkeys yet.

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.ToTable("accounts");
        account.HasKey(a => a.Id);
        account.HasIndex(a => a.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
        account.HasIndex(a => a.NormalizedEmail).HasDatabaseName("EmailIndex");
        account.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        account.Property(a => a.UserName).HasMaxLength(256);
        account.Property(a => a.NormalizedUserName).HasMaxLength(256);
        account.Property(a => a.Email).HasMaxLength(256);
        account.Property(a => a.NormalizedEmail).HasMaxLength(256);
        account.Property(a => a.PhoneNumber).HasMaxLength(256);
        account.HasMany<IdentityUserClaim<long>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        account.HasMany<IdentityUserLogin<long>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        account.HasMany<IdentityUserToken<long>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
        account.HasMany<IdentityUserRole<long>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        account.HasMany<AccessToken>().WithOne().HasForeignKey(t => t.AccountId).IsRequired();
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<long>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<long>> role)
    {
        role.ToTable("roles");
        role.HasKey(r => r.Id);
        role.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
        role.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        role.Property(r => r.Name).HasMaxLength(256);
        role.Property(r => r.NormalizedName).HasMaxLength(256);
        role.HasMany<IdentityUserRole<long>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
        role.HasMany<IdentityRoleClaim<long>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();

        // The roles are part of the schema: every node has the same four from its first migration.
        role.HasData(Roles.All.Select((name, i) => new IdentityRole<long>
        {
            Id = i + 1,
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = $"role-{i + 1}",
        }));
    }
}

internal sealed class AccountRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<long>> membership)
    {
        membership.ToTable("account_roles");
        membership.HasKey(m => new { m.UserId, m.RoleId });
    }
}

internal sealed class AccountClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<long>> claim)
    {
        claim.ToTable("account_claims");
        claim.HasKey(c => c.Id);
    }
}

internal sealed class RoleClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<long>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<long>> claim)
    {
        claim.ToTable("role_claims");
        claim.HasKey(c => c.Id);
    }
}

internal sealed class AccountLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<long>> login)
    {
        login.ToTable("account_logins");
        login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        login.Property(l => l.LoginProvider).HasMaxLength(128);
        login.Property(l => l.ProviderKey).HasMaxLength(128);
    }
}

/// <summary>Identity's own per-account secrets (authenticator keys, recovery codes); not the personal access tokens.</summary>
internal sealed class AccountIdentityTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<long>> token)
    {
        token.ToTable("account_identity_tokens");
        token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        token.Property(t => t.LoginProvider).HasMaxLength(128);
        token.Property(t => t.Name).HasMaxLength(128);
    }
}

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> token)
    {
        token.ToTable("access_tokens");
        token.HasKey(t => t.Id);
        token.Property(t => t.Name).HasMaxLength(AccessTokens.MaxNameLength);
        token.Property(t => t.Hash).HasMaxLength(64);
        token.Property(t => t.Prefix).HasMaxLength(TokenSecret.PrefixLength);
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasIndex(t => t.AccountId);
    }
}

internal sealed class SetupCodeConfiguration : IEntityTypeConfiguration<SetupCode>
{
    public void Configure(EntityTypeBuilder<SetupCode> code)
    {
        code.ToTable("account_setup");
        code.HasKey(c => c.Id);
        code.Property(c => c.Id).ValueGeneratedNever();
        code.Property(c => c.Hash).HasMaxLength(64);
    }
}
