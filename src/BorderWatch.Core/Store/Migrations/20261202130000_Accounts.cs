using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Who may do what: ASP.NET Core Identity's tables (users, roles, their claims, logins and tokens), the personal API
/// tokens (hashes only), and the three roles reader, analyst and admin. No user is created: the first administrator
/// comes from <c>borderwatch users add NAME --role admin</c>.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261202130000_Accounts")]
public sealed class Accounts : Migration
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>The roles' fixed ids and concurrency stamps, so every store has the same three rows.</summary>
    internal static readonly (string Id, string Name, string Stamp)[] Roles =
    [
        ("reader", "reader", "3c8a52a4-0d0e-4b8e-9b1d-6c0f4f3f1a01"),
        ("analyst", "analyst", "3c8a52a4-0d0e-4b8e-9b1d-6c0f4f3f1a02"),
        ("admin", "admin", "3c8a52a4-0d0e-4b8e-9b1d-6c0f4f3f1a03"),
    ];

    protected override void Up(MigrationBuilder b)
    {
        var npgsql = b.ActiveProvider == NpgsqlProvider;
        OperationBuilder<AddColumnOperation> Identity(OperationBuilder<AddColumnOperation> column) => npgsql
            ? column.Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
            : column.Annotation("Sqlite:Autoincrement", true);

        b.CreateTable(
            name: "AspNetRoles",
            columns: t => new
            {
                Id = t.Column<string>(nullable: false),
                Name = t.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = t.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_AspNetRoles", x => x.Id));
        b.CreateIndex(name: "RoleNameIndex", table: "AspNetRoles", column: "NormalizedName", unique: true);

        b.CreateTable(
            name: "AspNetUsers",
            columns: t => new
            {
                Id = t.Column<string>(nullable: false),
                CreatedAt = t.Column<DateTimeOffset>(nullable: false),
                UserName = t.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = t.Column<string>(maxLength: 256, nullable: true),
                Email = t.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = t.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = t.Column<bool>(nullable: false),
                PasswordHash = t.Column<string>(nullable: true),
                SecurityStamp = t.Column<string>(nullable: true),
                ConcurrencyStamp = t.Column<string>(nullable: true),
                PhoneNumber = t.Column<string>(nullable: true),
                PhoneNumberConfirmed = t.Column<bool>(nullable: false),
                TwoFactorEnabled = t.Column<bool>(nullable: false),
                LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = t.Column<bool>(nullable: false),
                AccessFailedCount = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_AspNetUsers", x => x.Id));
        b.CreateIndex(name: "EmailIndex", table: "AspNetUsers", column: "NormalizedEmail");
        b.CreateIndex(name: "UserNameIndex", table: "AspNetUsers", column: "NormalizedUserName", unique: true);

        b.CreateTable(
            name: "AspNetRoleClaims",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                RoleId = t.Column<string>(nullable: false),
                ClaimType = t.Column<string>(nullable: true),
                ClaimValue = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                t.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex(name: "IX_AspNetRoleClaims_RoleId", table: "AspNetRoleClaims", column: "RoleId");

        b.CreateTable(
            name: "AspNetUserClaims",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                UserId = t.Column<string>(nullable: false),
                ClaimType = t.Column<string>(nullable: true),
                ClaimValue = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                t.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex(name: "IX_AspNetUserClaims_UserId", table: "AspNetUserClaims", column: "UserId");

        b.CreateTable(
            name: "AspNetUserLogins",
            columns: t => new
            {
                LoginProvider = t.Column<string>(nullable: false),
                ProviderKey = t.Column<string>(nullable: false),
                ProviderDisplayName = t.Column<string>(nullable: true),
                UserId = t.Column<string>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                t.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex(name: "IX_AspNetUserLogins_UserId", table: "AspNetUserLogins", column: "UserId");

        b.CreateTable(
            name: "AspNetUserRoles",
            columns: t => new
            {
                UserId = t.Column<string>(nullable: false),
                RoleId = t.Column<string>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                t.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex(name: "IX_AspNetUserRoles_RoleId", table: "AspNetUserRoles", column: "RoleId");

        b.CreateTable(
            name: "AspNetUserTokens",
            columns: t => new
            {
                UserId = t.Column<string>(nullable: false),
                LoginProvider = t.Column<string>(nullable: false),
                Name = t.Column<string>(nullable: false),
                Value = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                t.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        b.CreateTable(
            name: "ApiTokens",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                UserId = t.Column<string>(nullable: false),
                Name = t.Column<string>(maxLength: 100, nullable: false),
                Prefix = t.Column<string>(maxLength: 16, nullable: false),
                Hash = t.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = t.Column<DateTimeOffset>(nullable: false),
                LastUsedAt = t.Column<DateTimeOffset>(nullable: true),
                RevokedAt = t.Column<DateTimeOffset>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ApiTokens", x => x.Id);
                t.ForeignKey("FK_ApiTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex(name: "IX_ApiTokens_Hash", table: "ApiTokens", column: "Hash", unique: true);
        b.CreateIndex(name: "IX_ApiTokens_UserId", table: "ApiTokens", column: "UserId");

        // Data, not model (no HasData, so the model never describes them); plain SQL both providers read the same way.
        foreach (var (id, name, stamp) in Roles)
            b.Sql($"INSERT INTO \"AspNetRoles\" (\"Id\", \"Name\", \"NormalizedName\", \"ConcurrencyStamp\") VALUES ('{id}', '{name}', '{name.ToUpperInvariant()}', '{stamp}');");
    }

    protected override void Down(MigrationBuilder b)
    {
        b.DropTable(name: "ApiTokens");
        b.DropTable(name: "AspNetUserTokens");
        b.DropTable(name: "AspNetUserRoles");
        b.DropTable(name: "AspNetUserLogins");
        b.DropTable(name: "AspNetUserClaims");
        b.DropTable(name: "AspNetRoleClaims");
        b.DropTable(name: "AspNetUsers");
        b.DropTable(name: "AspNetRoles");
    }
}
