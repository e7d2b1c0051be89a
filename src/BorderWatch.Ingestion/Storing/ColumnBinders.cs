using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BorderWatch.Ingestion.Storing;

/// <summary>
/// SQLite, binding by position: for each column of a <see cref="RowInsert{T}"/>, a binder that reads the property with a
/// compiled getter and binds it without boxing where its type allows: integers (and nullable ones) without a converter,
/// strings, and enums stored by name (the names the model's converter gives, looked up once). Any other column is bound
/// as before (the EF getter, the converter, <see cref="SqliteRowStatement.Bind"/>), so every value is the same as
/// Microsoft.Data.Sqlite would write (<c>PositionalBindingTests</c> compares them). A writer binds some 4,000 values per
/// 45-incident article: the boxed path allocated one object per integer and per converted enum.
/// </summary>
internal static class ColumnBinders
{
    public static Action<SqliteRowStatement, T, int> For<T>(IProperty property, RelationalTypeMapping mapping) where T : class
    {
        if (property.PropertyInfo is { } info && !property.IsShadowProperty() && Typed<T>(info.PropertyType, mapping.Converter, info) is { } typed)
            return typed;
        return (statement, row, position) =>
        {
            var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
            if (value is not null && mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
            statement.Bind(position, value);
        };
    }

    private static Action<SqliteRowStatement, T, int>? Typed<T>(Type type, ValueConverter? converter, System.Reflection.PropertyInfo info) where T : class
    {
        var row = Expression.Parameter(typeof(T), "row");
        var read = Expression.Property(row, info);
        if (converter is null && type == typeof(string))
        {
            var text = Expression.Lambda<Func<T, string?>>(read, row).Compile();
            return (statement, r, position) => statement.Bind(position, text(r));
        }
        if (converter is null && (type == typeof(int) || type == typeof(long) || type == typeof(short)))
        {
            var number = Expression.Lambda<Func<T, long>>(Expression.Convert(read, typeof(long)), row).Compile();
            return (statement, r, position) => statement.BindInt64(position, number(r));
        }
        if (converter is null && (type == typeof(int?) || type == typeof(long?) || type == typeof(short?)))
        {
            var number = Expression.Lambda<Func<T, long?>>(Expression.Convert(read, typeof(long?)), row).Compile();
            return (statement, r, position) =>
            {
                if (number(r) is long value) statement.BindInt64(position, value);
                else statement.Bind(position, null);
            };
        }
        if (type.IsEnum && converter is not null && converter.ProviderClrType == typeof(string) && converter.ModelClrType == type)
        {
            // The converter's name of each value, once; a value outside the enum's names goes through the converter.
            var names = Enum.GetValues(type).Cast<object>()
                .ToDictionary(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture), v => (string?)converter.ConvertToProvider(v));
            var number = Expression.Lambda<Func<T, long>>(Expression.Convert(read, typeof(long)), row).Compile();
            var value = Expression.Lambda<Func<T, object>>(Expression.Convert(read, typeof(object)), row).Compile();
            return (statement, r, position) =>
                statement.Bind(position, names.TryGetValue(number(r), out var name) ? name : converter.ConvertToProvider(value(r)));
        }
        return null;
    }
}
