/**
 * @file small_vector.hpp
 * @brief A vector of trivially copyable values that keeps its first N
 *        elements inline and only allocates beyond them.
 */
#ifndef CITYDIP_DETAIL_SMALL_VECTOR_HPP
#define CITYDIP_DETAIL_SMALL_VECTOR_HPP

#include <array>
#include <cstddef>
#include <span>
#include <type_traits>
#include <vector>

namespace citydip::detail {

template <class T, std::size_t N>
class small_vector {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  void push_back(const T& v) {
    if (size_ < N) {
      inline_[size_] = v;
    } else {
      if (size_ == N) heap_.assign(inline_.begin(), inline_.end());
      heap_.push_back(v);
    }
    ++size_;
  }
  void clear() noexcept {
    size_ = 0;
    heap_.clear();
  }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  T* data() noexcept { return size_ <= N ? inline_.data() : heap_.data(); }
  const T* data() const noexcept { return size_ <= N ? inline_.data() : heap_.data(); }
  std::span<T> span() noexcept { return {data(), size_}; }
  std::span<const T> span() const noexcept { return {data(), size_}; }
  T& operator[](std::size_t i) noexcept { return data()[i]; }
  const T& operator[](std::size_t i) const noexcept { return data()[i]; }

 private:
  std::array<T, N> inline_{};
  std::size_t size_ = 0;
  std::vector<T> heap_;
};

}  // namespace citydip::detail

#endif
