global using FsCheck;
global using FsCheck.Fluent;
global using NodaTime;
global using Xunit;
