// This file implements scope lookup and insertion.
#include "frontend/objects.h"

namespace minigo {

Object* Scope::lookup(const std::string& name, Scope** where) const {
  for (const Scope* s = this; s; s = s->parent) {
    if (Object* o = s->lookupLocal(name)) {
      if (where)
        *where = const_cast<Scope*>(s);
      return o;
    }
  }
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  auto [it, inserted] = names_.emplace(obj->name, obj);
  if (!inserted)
    return it->second;
  order_.push_back(obj);
  return nullptr;
}

} // namespace minigo
