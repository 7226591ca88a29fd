# An uncaught user-defined exception raised from a method and a finally block that runs.
class AppError(Exception):
    pass
class Service:
    def run(self):
        try:
            print("running")
            raise AppError("service failed")
        finally:
            print("cleanup in finally")
Service().run()
