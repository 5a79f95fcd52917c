#pragma once
// One function per fundbook command; each returns the process exit status.
namespace fundbook::cli {

inline constexpr int kOk = 0;
inline constexpr int kFindings = 1;
inline constexpr int kUsage = 2;
inline constexpr int kNothingRead = 3;
inline constexpr int kCannotFinish = 4; // the run could not finish: port in use, output not writable
// A serve or watch child process that ran out of memory (never a user-facing status).
inline constexpr int kJobOutOfMemory = 86;

int check(int argc, char **argv);
int report(int argc, char **argv);
int inspect(int argc, char **argv);
int serve(int argc, char **argv);
int watch(int argc, char **argv);
int serve_job(int argc, char **argv); // the child process behind one serve request
int watch_job(int argc, char **argv); // the child process behind one watch batch

} // namespace fundbook::cli
