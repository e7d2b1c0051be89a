using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Account changes go to the audit log: the entry names the account it is about (<c>Account</c>, indexed, so the
/// audit page and export filter on it). The new action names fit the existing 16-character column.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261202165000_AccountAudit")]
public sealed class AccountAudit : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>(name: "Account", table: "AuditEntries", maxLength: 256, nullable: true);
        b.CreateIndex(name: "IX_AuditEntries_Account", table: "AuditEntries", column: "Account");
    }

    protected override void Down(MigrationBuilder b)
    {
        b.DropIndex(name: "IX_AuditEntries_Account", table: "AuditEntries");
        b.DropColumn(name: "Account", table: "AuditEntries");
    }
}
